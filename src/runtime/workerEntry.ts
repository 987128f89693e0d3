/**
 * The model worker's entry point. ORT's WebAssembly compile is the longest step of a first
 * visit, so it starts here, before the ~700 KB of transformers.js and the worker's handlers are
 * fetched and parsed (a dynamic import, in parallel with the compile). Messages the page sends
 * meanwhile are held and handed to the handlers in order once they listen.
 */
import { ortRuntime } from './ort/runtime';
import { watchWasmMemory } from './wasmMemory';

const held: unknown[] = [];
const hold = (event: MessageEvent) => held.push(event.data);
self.addEventListener('message', hold);

// Before ORT loads: the memory check after model switches reads the memories ORT creates.
watchWasmMemory();
void ortRuntime();

// Its top level registers the real message listener.
await import('./model.worker');
self.removeEventListener('message', hold);
for (const data of held) self.dispatchEvent(new MessageEvent('message', { data }));
