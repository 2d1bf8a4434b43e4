#pragma once

// The unmatched payments register: money LigdiCash says it received for no order we know
// (a customer who paid twice, a request from another shop's account…). A manager reads what
// LigdiCash's confirm answered, settles it outside the till and records that with a note.

#include "backoffice/BackOfficeClient.h"

#include <QWidget>

class MessageWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class UnmatchedModel;

class UnmatchedPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnmatchedPage(BackOfficeClient *client, QWidget *parent = nullptr);

    void reload();
    // Reviews the selected payment with the note typed.
    void reviewSelected();

    UnmatchedModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *reviewButton() const { return m_review; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageWidget *message() const { return m_message; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void selectionChanged();

    BackOfficeClient *m_client;
    UnmatchedModel *m_model;
    QLabel *m_summary;
    MessageWidget *m_message;
    QTableView *m_table;
    QLineEdit *m_note;
    QPushButton *m_review;
    QPushButton *m_refresh;
    bool m_started = false;
};
