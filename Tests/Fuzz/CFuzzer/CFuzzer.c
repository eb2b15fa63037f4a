#include "CFuzzer.h"

// libFuzzer's entry for programs that have their own main (SwiftPM gives
// every executable one): LLVM's FuzzerInterface.h declares it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

int gloss_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size)) {
  return LLVMFuzzerRunDriver(&argc, &argv, test);
}
