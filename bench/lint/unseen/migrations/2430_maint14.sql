TRUNCATE users;;
