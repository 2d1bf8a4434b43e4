#pragma once

// Access to the project's own copies of test data under tests/data (never ../shared).

#include <QByteArray>
#include <QString>

namespace TestData {

QString path(const QString &relative);
// The bytes of tests/data/<relative>; fails the current test when the file is missing.
QByteArray read(const QString &relative);

} // namespace TestData
