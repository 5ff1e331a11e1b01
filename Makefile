# Convenience aliases for ./dev (the README's commands work without make).
.PHONY: run test bench lock
run:
	./dev run
test:
	./dev test
bench:
	./dev bench
lock:
	./dev lock
