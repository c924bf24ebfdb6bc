// The passes that register their words in the vocabulary (vocabulary.ts) when their modules load.
// The tokenizer imports this module, so every list is registered before any text is tokenized:
// a token made earlier would carry UNKNOWN_WORD for a word registered later.
import './cue-words';
import './hedges';
import './claims';
import './channel';
