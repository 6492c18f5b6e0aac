"""Generated clients for SuperOffice NetServer web services, one package per Services version."""
