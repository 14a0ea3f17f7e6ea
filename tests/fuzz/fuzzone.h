// One fuzz input through every parser that reads what a server or a file sends, with the checks
// each must pass. Shared by the libFuzzer target (fuzz_decoders, on demand) and the corpus replay
// that runs with every test run (fuzz_replay).
#pragma once

#include <QByteArrayView>

namespace sdrs::fuzz {

/// Feeds `bytes` to the page, group, job, error-body, IAM-token and fail-reason decoders, the
/// time and signing parsers, the CSV writer, the redactor and the terminal filter. Aborts the
/// process when a check fails (what decodes must survive encoding and decoding again, a CSV
/// cell must read back as it was written, no secret survives redaction, ...).
void fuzzOne(QByteArrayView bytes);

} // namespace sdrs::fuzz
