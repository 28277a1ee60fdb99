export { secretRedactionPatterns } from './redaction-patterns.ts'
