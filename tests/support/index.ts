// Test helpers any *.test.ts may import (the one exception to the layering).
export { mockNetwork } from './network';
