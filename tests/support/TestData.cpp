#include "TestData.h"

#include <QFile>
#include <QTest>

QString TestData::path(const QString &relative)
{
    return QStringLiteral(COMPTOIR_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray TestData::read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing test data: ") + file.fileName()), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}
