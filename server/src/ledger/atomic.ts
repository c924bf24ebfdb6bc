// The ledger's atomic writes are the shared helper's: temp file in the same folder, fsync, rename.
export { writeFileAtomic, writeFileAtomicAsync } from '../util/atomic-write';
