#ifndef GLOSS_CFUZZER_H
#define GLOSS_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver (its command line in argc and argv) on `test`,
/// which gets each input; returns the driver's exit status.
int gloss_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
