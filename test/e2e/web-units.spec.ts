/// <reference types="vite/client" />
// The explorer's pure-logic specs live beside their code in web/src; vitest's include list
// (vite.config.ts) covers src/, extractors/ and test/, so this file loads them into the run.
import.meta.glob('../../web/src/**/*.spec.ts', { eager: true });
