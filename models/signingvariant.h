#pragma once

namespace sdrs::signing {

/// The two AK/SK signing schemes in use (see models/signer.h). Declared here so that a Connection
/// (a value type) can name one without linking the signer.
enum class Variant {
    A, ///< Huawei Cloud SDKs: HMAC(SK, StringToSign)
    B, ///< OTC SDKs: scoped key chain and `Credential=AK/date/region/service/sdk_request`
};

} // namespace sdrs::signing
