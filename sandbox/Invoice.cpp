#include "Invoice.h"

#include <QJsonDocument>

// Compression halves what a typical request takes (600 -> 300 bytes); an invoice is unpacked
// only when a confirm, callback or page needs it.
QJsonObject Invoice::commande() const
{
    return QJsonDocument::fromJson(qUncompress(packedCommande)).object();
}

void Invoice::setCommande(const QJsonObject &commande)
{
    packedCommande = qCompress(QJsonDocument(commande).toJson(QJsonDocument::Compact), 1);
}
