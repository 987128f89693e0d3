/**
 * Entry point. The model worker starts first: compiling ORT and fetching the model take most of
 * the time to the first prediction, and they need not wait while the browser parses React and
 * the charts, which come in a second chunk.
 */
import { installDebugHook } from './state/debugHook';
import { startModelSync } from './state/modelSync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startModelSync();
installDebugHook();
const { mount } = await import('./ui/mount');
mount(root);
