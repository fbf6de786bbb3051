'use strict';
// Stand-in for keytar: the real module stores secrets in the OS keychain and
// needs native headers to build. Nothing in Receivables Desk stores secrets.
function unavailable() {
  return Promise.reject(
    new Error(
      'keytar is replaced by a stand-in in Receivables Desk (tools/keytar-stub): ' +
        'no OS keychain is available to office-addin tools here.',
    ),
  );
}
module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findPassword: unavailable,
  findCredentials: unavailable,
};
