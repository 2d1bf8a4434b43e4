#pragma once

// The manager's back office inside the till's window: a list of pages on the left (History,
// Unmatched payments, and whatever else registers with addPage), the page on the right, and a
// way back to the sale (button or Esc). Only a manager's session opens it; the server checks
// that again on every call.

#include <QIcon>
#include <QWidget>

class BackOfficeClient;
class HistoryPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class Terminal;
class UnmatchedPage;

class BackOfficeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit BackOfficeWindow(Terminal *terminal, QWidget *parent = nullptr);

    // Adds a page at the end of the list; the window takes ownership. Returns its index.
    int addPage(QWidget *page, const QIcon &icon, const QString &title);
    int pageCount() const;
    QWidget *page(int index) const;
    QWidget *currentPage() const;
    void setCurrentPage(int index);
    void setCurrentPage(QWidget *page);

    Terminal *terminal() const { return m_terminal; }
    BackOfficeClient *client() const { return m_client; }
    HistoryPage *historyPage() const { return m_history; }
    UnmatchedPage *unmatchedPage() const { return m_unmatched; }
    QListWidget *pageList() const { return m_list; }

Q_SIGNALS:
    // Back to the sale screen (button or Esc).
    void backRequested();

private:
    Terminal *m_terminal;
    BackOfficeClient *m_client;
    QLabel *m_title;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    HistoryPage *m_history;
    UnmatchedPage *m_unmatched;
};
