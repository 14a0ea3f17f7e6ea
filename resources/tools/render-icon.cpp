// Build-time tool: renders an SVG into PNGs of the given sizes with Qt Svg's QSvgRenderer.
//   render-icon IN.svg OUT.png SIZE [OUT.png SIZE ...]
// QImage + QPainter need no QGuiApplication, so it runs without a display or a platform plugin.
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSvg/QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 4 || argc % 2 != 0) {
        std::fprintf(stderr, "usage: render-icon IN.svg OUT.png SIZE [OUT.png SIZE ...]\n");
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: cannot read %s as SVG\n", argv[1]);
        return 1;
    }
    for (int i = 2; i + 1 < argc; i += 2) {
        const QString output = QString::fromLocal8Bit(argv[i]);
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i + 1]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "render-icon: bad size %s\n", argv[i + 1]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        QDir().mkpath(QFileInfo(output).absolutePath());
        if (!image.save(output, "PNG")) {
            std::fprintf(stderr, "render-icon: cannot write %s\n", argv[i]);
            return 1;
        }
    }
    return 0;
}
