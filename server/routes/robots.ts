import type { FastifyInstance } from 'fastify';

/**
 * LIMITS Terrain is a working tool for professionals (educators, social
 * workers, police) about minors drawn into drug trafficking. Its pages have no
 * business in search results: a search hit would expose the deployment to the
 * public and to the networks the guidance is about, and nothing in it is meant
 * as public-facing information. So every crawler is asked to stay out.
 *
 * Served by the server rather than from dist/ so the policy holds whatever the
 * front-end build contains, and so the SPA fallback can never answer it.
 */
export const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

export function registerRobotsRoute(app: FastifyInstance): void {
  app.get('/robots.txt', async (_request, reply) => {
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(ROBOTS_TXT);
  });
}
