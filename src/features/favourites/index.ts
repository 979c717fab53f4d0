/** Public API of the favourites feature (the app shell composes it; items are linked by URL). */
export { FavouritesList } from './components/favourites-list';
