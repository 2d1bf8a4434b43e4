#include "BackOfficeWindow.h"

#include "CatalogAdminPage.h"
#include "HistoryPage.h"
#include "PeoplePage.h"
#include "ReportsPage.h"
#include "Terminal.h"
#include "TerminalsPage.h"
#include "UnmatchedPage.h"
#include "ZReportsPage.h"
#include "backoffice/BackOfficeClient.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BackOfficeWindow::BackOfficeWindow(Terminal *terminal, QWidget *parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_client(new BackOfficeClient(&terminal->client(), this))
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_history(new HistoryPage(m_client, terminal))
    , m_unmatched(new UnmatchedPage(m_client))
{
    setObjectName(u"backOffice"_s);

    auto *back = new QToolButton(this);
    back->setObjectName(u"backToSale"_s);
    back->setText(tr("Back to the sale (Esc)"));
    back->setIcon(QApplication::style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &BackOfficeWindow::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BackOfficeWindow::backRequested);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *manager = new QLabel(tr("Manager: %1").arg(terminal->cashier().name), this);
    manager->setObjectName(u"managerName"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    top->addWidget(manager);

    m_list->setObjectName(u"backOfficePages"_s);
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(u"QListWidget { background: palette(window); font-size: 11pt; }"
                          "QListWidget::item { padding: 8px 6px; border-radius: 4px; }"
                          "QListWidget::item:selected { background: palette(highlight); "
                          "color: palette(highlighted-text); }"_s);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        m_title->setText(m_list->item(row)->text());
    });

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_pages, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    // The pages, in the order a manager looks for them. Others register here with addPage().
    addPage(m_history, QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView),
            tr("Order history"));
    addPage(m_unmatched, QIcon(u":/icons/warning.svg"_s), tr("Unmatched payments"));
    addPage(new ReportsPage(&terminal->client()), QIcon(u":/icons/info.svg"_s), tr("Reports"));
    addPage(new ZReportsPage(&terminal->client()), QIcon(u":/icons/cash.svg"_s), tr("Z reports"));
    addPage(new CatalogAdminPage(&terminal->client(), &terminal->catalogSync()),
            QApplication::style()->standardIcon(QStyle::SP_FileDialogListView), tr("Catalog"));
    addPage(new PeoplePage(&terminal->client()),
            QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("People"));
    addPage(new TerminalsPage(&terminal->client()),
            QApplication::style()->standardIcon(QStyle::SP_ComputerIcon), tr("Terminals"));
    setCurrentPage(0);
}

int BackOfficeWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setData(Qt::AccessibleTextRole, title);
    item->setToolTip(title);
    // As wide as the longest title, within reason: the page gets the rest.
    const int width = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 16;
    m_list->setFixedWidth(qBound(170, width, 260));
    return index;
}

int BackOfficeWindow::pageCount() const
{
    return m_pages->count();
}

QWidget *BackOfficeWindow::page(int index) const
{
    return m_pages->widget(index);
}

QWidget *BackOfficeWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void BackOfficeWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentRow(index);
}

void BackOfficeWindow::setCurrentPage(QWidget *page)
{
    setCurrentPage(m_pages->indexOf(page));
}
