// `factlint serve`: the HTML report, live from the current documents, with a form on
// each conflict that records a decision through app::record_decision (the code of
// `factlint decide`), then shows the page again. Loopback only, one token per session
// (docs/review-app.md).
#pragma once

#include <memory>
#include <string>

#include "app/check_run.h"

namespace factlint::serve {

struct ReviewOptions {
  app::CheckOptions check;     // what to check and where the decisions file is
  std::string author;          // prefilled "by" in the forms
  std::string tool_version;
  int port = 0;                // 0: any free port
  std::string token;           // "": a fresh random one
};

class ReviewServer {
 public:
  explicit ReviewServer(ReviewOptions options);
  ~ReviewServer();
  ReviewServer(const ReviewServer&) = delete;
  ReviewServer& operator=(const ReviewServer&) = delete;

  // Binds 127.0.0.1 on the port asked for (0: any free one). Returns the port, or -1
  // when it cannot be bound.
  int bind();

  // Serves requests until stop(); returns false when the server could not run.
  bool listen();

  // Stops listen() from another thread (or a signal handler's thread).
  void stop();

  // "http://127.0.0.1:PORT/?token=...": the address to open, with the session's token.
  std::string url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint::serve
