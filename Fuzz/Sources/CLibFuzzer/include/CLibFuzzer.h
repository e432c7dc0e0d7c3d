// libFuzzer's driver, called from each fuzz target's @main: SwiftPM links
// executables with `main` aliased to `<Module>_main`, so libFuzzer's own
// `main` cannot be the entry point.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
