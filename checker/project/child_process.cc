// posix_spawnp with both output streams read through pipes; see child_process.h.
#include "project/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <csignal>
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

// Writes stdin and reads stdout and stderr together: finishing one first could
// deadlock with a child blocked on a full pipe for another. `in_fd` is -1 without input.
void exchange(int in_fd, const std::string& input, int out_fd, int err_fd, ProcessResult& result) {
  std::array<pollfd, 3> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}, pollfd{in_fd, POLLOUT, 0}};
  std::array<std::string*, 2> sinks{&result.out, &result.err};
  std::array<char, 65536> buffer;
  std::size_t written = 0;
  if (in_fd >= 0 && input.empty()) close_fd(fds[2].fd);
  while (fds[0].fd >= 0 || fds[1].fd >= 0) {
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buffer.data(), buffer.size());
      if (n > 0) {
        sinks[i]->append(buffer.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // poll ignores negative descriptors
      }
    }
    if (fds[2].fd >= 0 && fds[2].revents != 0) {
      // Without POLLOUT (POLLERR, POLLHUP) or with EPIPE the child reads no more.
      bool gone = (fds[2].revents & POLLOUT) == 0;
      if (!gone) {
        ssize_t n = write(fds[2].fd, input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        gone = n < 0 && errno != EINTR && errno != EAGAIN;
      }
      if (gone || written == input.size()) close_fd(fds[2].fd);
    }
  }
  close_fd(fds[2].fd);
}

// Our environment without the variables named in `unset`, as NAME=value strings.
std::vector<std::string> environment_without(const std::vector<std::string>& unset) {
  std::vector<std::string> out;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string entry(*e);
    std::string name = entry.substr(0, entry.find('='));
    if (std::find(unset.begin(), unset.end(), name) == unset.end()) out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessSetup& setup) {
  ProcessResult result;
  if (argv.empty()) {
    result.error = "no program to run";
    return result;
  }
  std::array<int, 2> out{-1, -1};
  std::array<int, 2> err{-1, -1};
  std::array<int, 2> in{-1, -1};
  if (!open_pipe(out) || !open_pipe(err) || (setup.input && !open_pipe(in))) {
    result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
    close_fd(out[0]), close_fd(out[1]), close_fd(err[0]), close_fd(err[1]), close_fd(in[0]), close_fd(in[1]);
    return result;
  }
  if (in[1] >= 0) fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (in[0] >= 0) {
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  } else {
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  }
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env = environment_without(setup.unset_env);
  std::vector<char*> env_ptrs;
  for (std::string& e : env) env_ptrs.push_back(e.data());
  env_ptrs.push_back(nullptr);
  pid_t pid = 0;
  int spawn_error = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env_ptrs.data());
  posix_spawn_file_actions_destroy(&actions);
  close_fd(out[1]);
  close_fd(err[1]);
  close_fd(in[0]);
  if (spawn_error != 0) {
    result.error = argv[0] + ": " + std::strerror(spawn_error);
    close_fd(out[0]), close_fd(err[0]), close_fd(in[1]);
    return result;
  }
  result.started = true;
  if (setup.input) {
    // A child that stops reading must not kill us with SIGPIPE: the write just fails.
    // Called from the command's one thread, before or after any parallel work.
    void (*previous)(int) = std::signal(SIGPIPE, SIG_IGN);
    exchange(in[1], *setup.input, out[0], err[0], result);
    std::signal(SIGPIPE, previous);
  } else {
    exchange(-1, std::string(), out[0], err[0], result);
  }
  close_fd(out[0]);
  close_fd(err[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace factlint::project
