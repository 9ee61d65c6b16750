// Compiled once so that the shared precompiled test headers have a target to live in.
