// posix_spawnp with both output streams read through pipes; see child_process.h.
#include "project/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace factlint::project {

namespace {

// Both ends close on exec, so a child never holds another child's pipe open.
bool open_pipe(std::array<int, 2>& fds) { return pipe2(fds.data(), O_CLOEXEC) == 0; }

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

// Reads stdout and stderr together: reading one to its end first could deadlock with a
// child blocked on a full pipe for the other.
void drain(int out_fd, int err_fd, ProcessResult& result) {
  std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
  std::array<std::string*, 2> sinks{&result.out, &result.err};
  std::array<char, 8192> buffer;
  int open_count = 2;
  while (open_count > 0) {
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buffer.data(), buffer.size());
      if (n > 0) {
        sinks[i]->append(buffer.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open_count;
      }
    }
  }
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv) {
  ProcessResult result;
  if (argv.empty()) {
    result.error = "no program to run";
    return result;
  }
  std::array<int, 2> out{-1, -1};
  std::array<int, 2> err{-1, -1};
  if (!open_pipe(out) || !open_pipe(err)) {
    result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
    close_fd(out[0]), close_fd(out[1]), close_fd(err[0]), close_fd(err[1]);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawn_error = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close_fd(out[1]);
  close_fd(err[1]);
  if (spawn_error != 0) {
    result.error = argv[0] + ": " + std::strerror(spawn_error);
    close_fd(out[0]), close_fd(err[0]);
    return result;
  }
  result.started = true;
  drain(out[0], err[0], result);
  close_fd(out[0]);
  close_fd(err[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace factlint::project
