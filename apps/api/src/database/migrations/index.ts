import { Centers1767225600000 } from './1767225600000-centers';
import { ServiceCenter1767225660000 } from './1767225660000-service-center';

/** Every migration, oldest first. New ones are appended; applied ones are never edited. */
export const migrations = [Centers1767225600000, ServiceCenter1767225660000];
