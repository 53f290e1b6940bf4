import { measureEngineFloor } from './engine-floor.js';

process.stdout.write(JSON.stringify(await measureEngineFloor()));
