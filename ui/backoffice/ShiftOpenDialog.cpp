#include "ShiftOpenDialog.h"

#include "MessageWidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

const QList<qint64> &ShiftOpenDialog::quickFloats()
{
    static const QList<qint64> values{0, 5000, 10000, 15000, 20000, 25000};
    return values;
}

ShiftOpenDialog::ShiftOpenDialog(ServerClient *server, QWidget *parent)
    : QDialog(parent)
    , m_client(server)
    , m_float(new QLineEdit(this))
    , m_message(new MessageWidget(this))
    , m_open(new QPushButton(tr("Open the shift (Enter)"), this))
{
    setWindowTitle(tr("Open a shift"));
    setObjectName(u"shiftOpenDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_message);
    m_message->hide();

    auto *intro = new QLabel(tr("Count the change put in the drawer to start the day."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Opening float"), this));
    m_float->setObjectName(u"openingFloat"_s);
    m_float->setPlaceholderText(tr("Amount in the drawer"));
    m_float->setAccessibleName(tr("Opening float"));
    m_float->setMinimumHeight(48);
    m_float->setStyleSheet(u"font-size: 24px;"_s);
    layout->addWidget(m_float);

    auto *grid = new QGridLayout;
    int index = 0;
    for (qint64 francs : quickFloats()) {
        auto *button = new QPushButton(Money::fromFrancs(francs).toString(), this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(48);
        button->setProperty("francs", francs);
        connect(button, &QPushButton::clicked, this,
                [this, francs] { m_float->setText(Money::fromFrancs(francs).toDigits()); });
        grid->addWidget(button, index / 3, index % 3);
        m_quick.append(button);
        ++index;
    }
    layout->addLayout(grid);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), this);
    cancel->setFocusPolicy(Qt::NoFocus);
    cancel->setMinimumHeight(52);
    m_open->setObjectName(u"openShift"_s);
    m_open->setMinimumHeight(52);
    m_open->setDefault(true);
    m_open->setStyleSheet(
        u"QPushButton { background: #2e9d4a; color: white; font-size: 18px; font-weight: bold; "
        "border-radius: 6px; } QPushButton:disabled { background: #a7c9af; }"_s);
    buttons->addWidget(cancel);
    buttons->addWidget(m_open, 1);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ShiftOpenDialog::submit);
    connect(m_float, &QLineEdit::textChanged, this, &ShiftOpenDialog::refresh);
    connect(m_float, &QLineEdit::returnPressed, this, &ShiftOpenDialog::submit);
    refresh();
}

void ShiftOpenDialog::refresh()
{
    const auto amount = Money::parse(m_float->text());
    m_open->setEnabled(!m_busy && amount && !amount->isNegative());
}

void ShiftOpenDialog::submit()
{
    const auto amount = Money::parse(m_float->text());
    if (m_busy || !amount || amount->isNegative())
        return;
    m_busy = true;
    refresh();
    m_client.open(*amount, this, [this](const ShiftClient::Shift &shift, const ServerError &error) {
        m_busy = false;
        refresh();
        if (error.code == ShiftClient::kShiftOpen) {
            m_message->showMessage(tr("A shift is already open on this till: close it first."),
                                   MessageWidget::Type::Warning);
            return;
        }
        if (!error.isOk()) {
            m_message->showMessage(tr("The shift could not be opened. %1").arg(error.userMessage()),
                                   MessageWidget::Type::Error);
            return;
        }
        m_shift = shift;
        Q_EMIT shiftOpened(shift);
        accept();
    });
}
