dashboard_host = "dashboard.example.com"
