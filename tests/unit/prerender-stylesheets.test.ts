/**
 * Which chunk stylesheets a prerendered page links (scripts/vite-prerender-plugin.ts): every rule that can match
 * the page's markup must be in a linked file, or the first paint lacks it and the page shifts when the chunk's
 * CSS arrives.
 */
import { describe, expect, it } from 'vitest';
import { pageStylesheets, selectorRequirements } from '../../scripts/vite-prerender-plugin';

describe('selectorRequirements: the classes each selector needs on the page', () => {
  it.each([
    ['.card{color:red}', [['card']]],
    ['.list .card__title,.x{color:red}', [['list', 'card__title'], ['x']]],
    // Inside :not(), :is(), :has(): not required for the rule to match, so left out (weaker, never wrong).
    ['.step:not(.done) .box{color:red}', [['step', 'box']]],
    ['.a:is(.b,.c){color:red}', [['a']]],
    ['.app:has(.invite) .main{color:red}', [['app', 'main']]],
    ['main [id]{scroll-margin-top:1rem}', [[]]],
    ['@media (min-width:40rem){.grid{display:grid}}', [['grid']]],
    ['@media print{.banners{display:none}}.x{color:red}', [['x']]],
    ['@keyframes spin{from{opacity:0}50%{opacity:.5}to{opacity:1}}', []],
    ['/* .commented{} */.y{color:red}', [['y']]],
    ['.a{background:url(x.png)}.b{color:red}', [['a'], ['b']]],
  ])('%s', (css, expected) => {
    expect(selectorRequirements(css)).toEqual(expected);
  });
});

describe('pageStylesheets: a stylesheet is linked when one of its selectors can match the markup', () => {
  const sheets = [
    { href: '/assets/contacts.css', selectors: [['contact-list', 'card']] },
    { href: '/assets/finder.css', selectors: [['finder'], ['finder-choices']] },
    { href: '/assets/always.css', selectors: [[]] },
  ];
  it.each([
    ['<div class="card muted">x</div>', ['/assets/always.css']],
    ['<ul class="contact-list"><li class="card">x</li></ul>', ['/assets/contacts.css', '/assets/always.css']],
    ['<form class="finder">x</form>', ['/assets/finder.css', '/assets/always.css']],
    // A class named in text or another attribute is not a class of the page.
    ['<p data-x="finder">finder</p>', ['/assets/always.css']],
  ])('%s', (markup, expected) => {
    expect(pageStylesheets(markup, sheets)).toEqual(expected);
  });
});
