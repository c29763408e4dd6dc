import { Centers1767225600000 } from './1767225600000-centers';

/** Every migration, oldest first. New ones are appended; applied ones are never edited. */
export const migrations = [Centers1767225600000];
