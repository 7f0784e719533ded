// Loaded with `node --import`: records every module URL the process loads into $SWA_MODULE_LOG.
import { register } from 'node:module';

register(new URL('./record-modules-hooks.mjs', import.meta.url), { data: { log: process.env.SWA_MODULE_LOG } });
