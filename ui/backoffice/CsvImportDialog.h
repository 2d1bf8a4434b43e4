#pragma once

// Imports a catalog CSV in two steps so that nothing changes by surprise: the file goes to the
// server as a dry run first, the manager reads what would be created or updated and every
// rejected row (line and reason), and only "Import" applies the accepted rows, in one
// transaction on the server.

#include "backoffice/CatalogImportReport.h"

#include <QDialog>

class AdminClient;
class MessageWidget;
class QLabel;
class QPushButton;
class QTableWidget;

class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(AdminClient *admin, const QString &filePath, QWidget *parent = nullptr);

    // Reads the file and sends the dry run.
    void start();
    // Sends the file for real (after a dry run with accepted rows).
    void apply();

    bool isApplied() const { return m_applied; }
    const CatalogImportReport &report() const { return m_report; }
    enum PreviewColumn {
        LineColumn,
        ChangeColumn,
        NameColumn,
        CategoryColumn,
        PriceColumn,
        SkuColumn,
        BarcodeColumn,
        PreviewColumnCount
    };
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageWidget *message() const { return m_message; }

Q_SIGNALS:
    // The catalog changed on the server.
    void imported(const CatalogImportReport &report);

private:
    void showReport(const CatalogImportReport &report);

    AdminClient *m_admin;
    QString m_filePath;
    QByteArray m_csv;
    CatalogImportReport m_report;
    bool m_applied = false;
    MessageWidget *m_message;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QLabel *m_rejectedTitle;
    QTableWidget *m_rejected;
    QPushButton *m_apply;
    QPushButton *m_close;
};
