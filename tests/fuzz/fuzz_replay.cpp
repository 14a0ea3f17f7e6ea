// Replays the committed fuzz corpus through every decoder (fuzzOne), without libFuzzer: part of
// every test run, also under the sanitizers. Usage: fuzz_replay DIR|FILE...
#include "tests/fuzz/fuzzone.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int files = 0;
    qint64 bytes = 0;
    const QStringList args = app.arguments().mid(1);
    for (const QString &arg : args) {
        QStringList paths{arg};
        if (QFileInfo(arg).isDir()) {
            paths.clear();
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
            paths.sort();
        }
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz_replay: cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray data = file.readAll();
            sdrs::fuzz::fuzzOne(data); // aborts on a failed check, naming it
            ++files;
            bytes += data.size();
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "fuzz_replay: no input (give the corpus folder)\n");
        return 1;
    }
    std::printf("fuzz_replay: %d inputs, %lld bytes, every check held\n", files,
                static_cast<long long>(bytes));
    return 0;
}
