#pragma once

// Taking cash: the amount due in large type, the amount tendered typed or built with the notes
// in use (500, 1 000, 2 000, 5 000, 10 000 FCFA, each press adds one) or "exact", and the change
// to give back in large type. Enter confirms once enough is tendered; Esc goes back.

#include "Money.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

class CashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CashDialog(Money total, QWidget *parent = nullptr);

    Money total() const { return m_total; }
    // nullopt while the typed amount is not a valid amount.
    std::optional<Money> tendered() const;
    std::optional<Money> change() const;
    QLineEdit *tenderedEdit() const { return m_tendered; }
    QPushButton *noteButton(qint64 francs) const;
    QPushButton *exactButton() const { return m_exact; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *changeLabel() const { return m_change; }

    static const QList<qint64> &notes();

private:
    void addNote(qint64 francs);
    void refresh();

    Money m_total;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QPushButton *m_exact;
    QPushButton *m_clear;
    QPushButton *m_confirm;
    QList<QPushButton *> m_notes;
};
