/* Dispatch of the jobs the helper thread can run (see parallel.c). */
#include "kernels.h"
#include "parallel.h"

void lsp_run_job(int kind, const int32_t *args) {
  if (kind == LSP_JOB_SYMV) lsp_symv_job(args);
  else if (kind == LSP_JOB_TRAILING) lsp_trailing_job(args);
  else if (kind == LSP_JOB_GEMM) lsp_gemm_job(args);
}
