import ScopeCheck

print("scopecheck")
