// libFuzzer target (clang only, on demand): tests/fuzz/run.sh SECONDS.
#include "tests/fuzz/fuzzone.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sdrs::fuzz::fuzzOne(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
