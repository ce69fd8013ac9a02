// Writer thread entry: plain JavaScript so Node can start it from any parent; registers tsx, then loads the writer.
import { register } from 'tsx/esm/api';

register();
await import('./writer.ts');
