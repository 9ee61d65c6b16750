#pragma once

#include "common/result.h"

#include <QString>

namespace dd {

// PINs and passwords are stored as libsodium argon2id strings (salt and limits included).
Result<QString> hashSecret(const QString &secret);
bool verifySecret(const QString &secret, const QString &storedHash);

} // namespace dd
