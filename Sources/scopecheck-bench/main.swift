import ScopeCheck

print("scopecheck-bench")
