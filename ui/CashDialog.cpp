#include "CashDialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

const QList<qint64> &CashDialog::notes()
{
    static const QList<qint64> values{500, 1000, 2000, 5000, 10000};
    return values;
}

CashDialog::CashDialog(Money total, QWidget *parent)
    : QDialog(parent)
    , m_total(total)
    , m_tendered(new QLineEdit(this))
    , m_change(new QLabel(this))
    , m_exact(new QPushButton(tr("Exact"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_confirm(new QPushButton(tr("Confirm (Enter)"), this))
{
    setWindowTitle(tr("Cash payment"));
    setObjectName(u"cashDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *due = new QLabel(tr("To pay"), this);
    auto *amount = new QLabel(total.toString(), this);
    amount->setObjectName(u"cashTotal"_s);
    amount->setStyleSheet(u"font-size: 34px; font-weight: bold;"_s);
    layout->addWidget(due);
    layout->addWidget(amount);

    layout->addWidget(new QLabel(tr("Amount tendered"), this));
    m_tendered->setObjectName(u"tendered"_s);
    m_tendered->setPlaceholderText(tr("Type the amount or use the notes"));
    m_tendered->setMinimumHeight(48);
    m_tendered->setStyleSheet(u"font-size: 24px;"_s);
    m_tendered->setAccessibleName(tr("Amount tendered"));
    layout->addWidget(m_tendered);

    auto *noteGrid = new QGridLayout;
    int column = 0;
    for (qint64 francs : notes()) {
        auto *button = new QPushButton(Money::fromFrancs(francs).toString(), this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(52);
        button->setProperty("francs", francs);
        button->setToolTip(tr("Adds a %1 note").arg(Money::fromFrancs(francs).toString()));
        connect(button, &QPushButton::clicked, this, [this, francs] { addNote(francs); });
        noteGrid->addWidget(button, 0, column++);
        m_notes.append(button);
    }
    for (QPushButton *button : {m_exact, m_clear}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(52);
    }
    noteGrid->addWidget(m_exact, 1, 0, 1, 3);
    noteGrid->addWidget(m_clear, 1, 3, 1, 2);
    layout->addLayout(noteGrid);

    layout->addWidget(new QLabel(tr("Change to give"), this));
    m_change->setObjectName(u"change"_s);
    m_change->setMinimumHeight(64);
    layout->addWidget(m_change);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back (Esc)"), this);
    back->setFocusPolicy(Qt::NoFocus);
    back->setMinimumHeight(52);
    m_confirm->setMinimumHeight(52);
    m_confirm->setDefault(true);
    m_confirm->setObjectName(u"confirmCash"_s);
    m_confirm->setStyleSheet(
        u"QPushButton { background: #2e9d4a; color: white; font-size: 18px; font-weight: bold; "
        "border-radius: 6px; } QPushButton:disabled { background: #a7c9af; }"_s);
    buttons->addWidget(back);
    buttons->addWidget(m_confirm, 1);
    layout->addLayout(buttons);

    connect(back, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (change())
            accept();
    });
    connect(m_exact, &QPushButton::clicked, this, [this] {
        m_tendered->setText(m_total.toDigits());
        m_tendered->setFocus();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_tendered->clear();
        m_tendered->setFocus();
    });
    connect(m_tendered, &QLineEdit::textChanged, this, &CashDialog::refresh);
    connect(m_tendered, &QLineEdit::returnPressed, m_confirm, &QPushButton::click);
    m_tendered->setFocus();
    refresh();
    resize(560, sizeHint().height());
}

QPushButton *CashDialog::noteButton(qint64 francs) const
{
    for (QPushButton *button : m_notes) {
        if (button->property("francs").toLongLong() == francs)
            return button;
    }
    return nullptr;
}

std::optional<Money> CashDialog::tendered() const
{
    const QString text = m_tendered->text().trimmed();
    if (text.isEmpty())
        return Money();
    const auto amount = Money::parse(text);
    if (!amount || amount->isNegative())
        return std::nullopt;
    return amount;
}

std::optional<Money> CashDialog::change() const
{
    const auto given = tendered();
    if (!given)
        return std::nullopt;
    const auto rest = given->minus(m_total);
    if (!rest || rest->isNegative())
        return std::nullopt;
    return rest;
}

void CashDialog::addNote(qint64 francs)
{
    const Money current = tendered().value_or(Money());
    if (const auto sum = current.plus(Money::fromFrancs(francs)))
        m_tendered->setText(sum->toDigits());
    m_tendered->setFocus();
}

void CashDialog::refresh()
{
    const auto given = tendered();
    const auto rest = change();
    m_confirm->setEnabled(rest.has_value());
    if (!given) {
        m_change->setText(tr("Not a valid amount"));
        m_change->setStyleSheet(u"font-size: 22px; color: #d1453b;"_s);
    } else if (!rest) {
        const auto missing = m_total.minus(*given).value_or(Money());
        m_change->setText(tr("Missing %1").arg(missing.toString()));
        m_change->setStyleSheet(u"font-size: 28px; color: #b35c00; font-weight: bold;"_s);
    } else {
        m_change->setText(rest->toString());
        m_change->setStyleSheet(u"font-size: 44px; color: #1f7a37; font-weight: bold;"_s);
    }
}
