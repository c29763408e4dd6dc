import { Centers1767225600000 } from './1767225600000-centers';
import { ServiceCenter1767225660000 } from './1767225660000-service-center';
import { AppSecret1767225670000 } from './1767225670000-app-secret';

/** Every migration, oldest first. New ones are appended; applied ones are never edited. */
export const migrations = [Centers1767225600000, ServiceCenter1767225660000, AppSecret1767225670000];
