#include "access/secret_hash.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace dd {

namespace {
class SecretText {
    Q_DECLARE_TR_FUNCTIONS(dd::SecretHash)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> hashSecret(const QString &secret)
{
    if (!sodiumReady())
        return fail(SecretText::tr("The cryptography library (libsodium) could not start."));
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(SecretText::tr("Not enough memory to protect the PIN."));
    return QString::fromLatin1(out);
}

bool verifySecret(const QString &secret, const QString &storedHash)
{
    if (!sodiumReady())
        return false;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

} // namespace dd
