// Ink renders only the last frame when CI is set, and colours depend on the runner's terminal:
// pin both so component tests see every frame, in the same colours everywhere.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
process.env.FORCE_COLOR = "0";
