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

    // The grid gives each tile an equal share of its width (at least kWidth).
    void setTileWidth(int width) { m_width = qMax(kWidth, width); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_width = kWidth;
};
