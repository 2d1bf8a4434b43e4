#pragma once

// Paints a product of the grid as a large touch target: the name on up to two lines and the
// price in bold underneath, on a card.

#include <QStyledItemDelegate>

class ProductTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kWidth = 150;
    static constexpr int kHeight = 86;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
