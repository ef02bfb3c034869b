// The server's entry point: `node --import tsx apps/api/src/main.ts` (what `npm start` runs).
import { main } from './start';

await main();
