#include "ProductTileDelegate.h"

#include "CatalogModel.h"

#include <QPainter>
#include <QPainterPath>

void ProductTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, selected ? QColor(0xd8, 0xe9, 0xf8)
                                     : (hovered ? QColor(0xf0, 0xf5, 0xfa) : QColor(Qt::white)));
    painter->setPen(QPen(QColor(0xc5, 0xcd, 0xd6), 1));
    painter->drawPath(path);

    const QRectF text = card.adjusted(10, 8, -10, -8);
    QFont nameFont = option.font;
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.05);
    painter->setFont(nameFont);
    painter->setPen(QColor(0x1d, 0x1d, 0x1d));
    const QString name = index.data(Qt::DisplayRole).toString();
    const QRectF nameRect(text.left(), text.top(), text.width(), text.height() - 24);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);

    QFont priceFont = option.font;
    priceFont.setBold(true);
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.15);
    painter->setFont(priceFont);
    painter->setPen(QColor(0x0b, 0x5c, 0x2e));
    painter->drawText(text, Qt::AlignRight | Qt::AlignBottom,
                      index.data(CatalogModel::PriceTextRole).toString());
    painter->restore();
}

QSize ProductTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(m_width, kHeight);
}
